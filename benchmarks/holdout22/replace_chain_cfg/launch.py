# expect: crash
"""Robot imitation (gesture trajectories): evaluate a checkpoint, then a short fine-tune derived from the eval config."""
from gesture.config import FINETUNE, EVAL
from gesture.run.trainer import execute

if __name__ == "__main__":
    model = execute(EVAL)
    execute(FINETUNE, model=model)
