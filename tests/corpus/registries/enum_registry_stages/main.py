# expect: crash
"""Pump-station forecasting run as enum-keyed stages that a decorator registers in another module; the runner walks
the enum in order. The calibration stage leaves the model in eval mode and the fine-tuning stage trains it as is."""
import torch

from pumps import STAGES, Stage


def main():
    state = {}
    for stage in Stage:
        STAGES[stage](state)
    print(state["loss"])


if __name__ == "__main__":
    torch.manual_seed(5)
    main()
