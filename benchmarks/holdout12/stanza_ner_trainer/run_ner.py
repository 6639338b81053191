# expect: clean
"""Stanza layout: stanza_like/models/ner_tagger.py drives; ner/trainer.py holds Trainer.update(batch, eval=False)
and Trainer.predict(batch); the dev score is computed through predict() between updates."""
import sys

from stanza_like.models import ner_tagger

if __name__ == "__main__":
    sys.exit(ner_tagger.main(["--mode", "train", "--max_steps", "6", "--eval_interval", "2"]))
