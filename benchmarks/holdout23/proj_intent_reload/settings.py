import os

STAGE = os.environ.get("INTENT_STAGE", "train")
TRAINING = STAGE == "train"
LR = 1e-2
