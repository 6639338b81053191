# expect: crash
# rl_games-style Runner: run_train() plays an evaluation game after every epoch (the player puts the shared
# model in eval); the agent only calls set_train() once, in init_tensors().
from runner import Runner

PARAMS = {
    "network": "rnn_a2c",
    "config": {"obs_dim": 3, "n_actions": 2, "learning_rate": 3e-3, "seq_length": 6,
               "num_actors": 4, "entropy_coef": 0.01},
}

if __name__ == "__main__":
    import torch

    torch.manual_seed(0)
    Runner(PARAMS).run({"mode": "train", "kwargs": {"max_epochs": 3, "eval_every": 1}})
