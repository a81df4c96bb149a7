"""The first-name data looked up by bisection gives what parsing the whole file gives."""

from __future__ import annotations

import json

import pytest

from quotes import namedata
from quotes.resolve import first_name_gender


@pytest.fixture(scope="module")
def parsed() -> dict[str, list]:
    path = namedata.data_path()
    assert path is not None, "nomquamgender's name_data.json is installed with the package"
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_tricky_and_a_sample_of_keys_match_the_full_parse(parsed: dict) -> None:
    shares = namedata.load_women_shares()
    keys = list(parsed)
    tricky = [k for k in keys if any(c in k for c in '"\\],[: ')]
    assert tricky, "the data has keys with quotes, brackets and escapes"
    for key in [*tricky, *keys[::97], keys[0], keys[-1]]:
        row = parsed[key]
        want = row[2] if len(row) > 2 and row[2] == row[2] else None
        assert shares.get(key) == want, key
    for missing in ["", " ", "zzzzzzzz", "\uffff", keys[0][:-1], keys[-1] + "a", keys[500] + " x"]:
        if missing not in parsed:
            assert shares.get(missing) is None, missing


def test_bisection_survives_keys_that_look_like_separators() -> None:
    data = {
        "a": [1, 2],
        'b], "c': [3, [4, 5]],
        "b], ": [6],
        'd"e': [7, 8, 9],
        "\u00e9t\u00e9": [10, float("nan")],
        "z": [11],
    }
    text = json.dumps(data, sort_keys=True)
    table = namedata.SortedJsonObject(text)
    for key, value in data.items():
        got = table.get(key)
        assert json.dumps(got) == json.dumps(value), key
    for missing in ["", "b", "b]", "c", "\u00e9", "zz", "0"]:
        assert table.get(missing) is None


@pytest.mark.parametrize("step", [1, 2, 7, 30, 1_000_000])
def test_look_ups_between_landmarks_find_every_key(step: int) -> None:
    # landmarks at every entry, every few, or only the first: the same answers
    data = {f"{word}{n}": [n, n * 2] for n, word in enumerate(["ada", "bo", "cy", "dee", "eve", "fay", "gus"] * 3)}
    data['h], "i'] = [99]
    text = json.dumps(data, sort_keys=True)
    table = namedata.SortedJsonObject(text, landmark_step=step)
    for key, value in data.items():
        assert table.get(key) == value, key
    for missing in ["", "a", "ada", "ada00", "bo1x", "h]", "zzz", "\u00e9"]:
        assert table.get(missing) is None, missing


def test_gendered_first_names() -> None:
    assert first_name_gender("Maria Okafor") == "f"
    assert first_name_gender("Keith Scott") == "m"
    assert first_name_gender("Okafor") is None


@pytest.mark.parametrize("step", [1, 3, 1_000_000])
@pytest.mark.parametrize("with_ab", [True, False])
def test_a_key_written_as_is_is_found_only_as_a_whole_entry(step: int, with_ab: bool) -> None:
    """The one-search look-up of a plain key ("ab") skips the places where the key is
    written inside another (after an escaped quote mark, after a letter, before more
    letters), and finds it when it is the first entry."""
    data = {"ab c": [1], "ab": [2], "abc": [3], "cab": [4], 'x"ab': [5], 'q], "ab': [6], "zab": [7]}
    if not with_ab:
        del data["ab"]
    text = json.dumps(data, sort_keys=True)
    table = namedata.SortedJsonObject(text, landmark_step=step)
    assert table.get("ab") == ([2] if with_ab else None)
    for key, value in data.items():
        assert table.get(key) == value, key
    first = namedata.SortedJsonObject(json.dumps({"ab": [8], "b": [9]}), landmark_step=step)
    assert first.get("ab") == [8] and first.get("b") == [9] and first.get("a") is None
