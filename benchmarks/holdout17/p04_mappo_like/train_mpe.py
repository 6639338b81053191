# expect: clean
"""MAPPO-style shared recurrent policy: runner switches prep_rollout()/prep_training() around collection."""
import torch

from mappo.config import get_config
from mappo.runner import SharedRunner

torch.manual_seed(42)

if __name__ == "__main__":
    all_args = get_config()
    runner = SharedRunner(all_args)
    runner.run()
    print("done")
