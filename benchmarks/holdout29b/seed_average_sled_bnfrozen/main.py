# expect: clean
"""Sled-dog fatigue: train one GRU per seed, average the weights, refresh BatchNorm
statistics, score, then polish the averaged model with BatchNorm kept in eval."""
import torch

from sledavg import Stage, STAGES


def main():
    state = {"seeds": [0, 1, 2]}
    for stage in Stage:
        STAGES[stage](state)
    print({k: v for k, v in state.items() if k in ("score", "polish_loss")})


if __name__ == "__main__":
    torch.manual_seed(19)
    main()
