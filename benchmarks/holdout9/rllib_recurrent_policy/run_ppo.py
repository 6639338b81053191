# expect: clean
"""RLlib-style TorchPolicy: compute_actions runs the model in eval under no_grad; learn_on_batch switches back."""
import torch

from policy.torch_policy import RecurrentPGPolicy
from policy.sample import rollout

CONFIG = {"obs_dim": 4, "num_actions": 2, "lstm_cell_size": 8, "lr": 5e-3, "rollout_len": 6, "num_iters": 3}

if __name__ == "__main__":
    torch.manual_seed(7)
    policy = RecurrentPGPolicy(CONFIG)
    for it in range(CONFIG["num_iters"]):
        batch = rollout(policy, CONFIG)
        stats = policy.learn_on_batch(batch)
        print(it, stats)
