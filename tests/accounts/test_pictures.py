import pytest

from accounts.pictures import (
    PICTURE_PASSWORD_LENGTH,
    PICTURES,
    PictureSequenceError,
    picture_labels,
    picture_password,
    random_picture_sequence,
)


class TestPicturePassword:
    def test_sequence_becomes_a_password_string(self):
        assert picture_password(["cat", "sun", "tree"]) == "pic:cat-sun-tree"

    def test_order_matters(self):
        assert picture_password(["cat", "sun", "tree"]) != picture_password(
            ["sun", "cat", "tree"]
        )

    @pytest.mark.parametrize(
        "keys",
        [
            ["cat", "sun"],
            ["cat", "sun", "tree", "dog"],
            ["cat", "cat", "sun"],
            ["cat", "sun", "<b>"],
            ["", "", ""],
        ],
    )
    def test_bad_sequences_are_refused(self, keys):
        with pytest.raises(PictureSequenceError):
            picture_password(keys)

    def test_random_sequence_is_valid_and_distinct(self):
        for _round in range(20):
            keys = random_picture_sequence()
            assert len(set(keys)) == PICTURE_PASSWORD_LENGTH
            assert set(keys) <= set(PICTURES)
            picture_password(keys)

    def test_labels_for_cards(self):
        labels = picture_labels(["cat", "moon", "ball"])
        assert [str(p["label"]) for p in labels] == ["cat", "moon", "ball"]
