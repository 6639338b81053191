# expect: crash
"""Auctioneer: predict the hammer price from the bid sequence; stop a round early when validation is good."""
import torch

from gavel import BidModel, run_rounds

SETTINGS = {"hidden": 12, "rounds": 3, "lots_per_round": 3, "target_mae": 10.0}


def main():
    torch.manual_seed(5)
    model = BidModel(hidden=SETTINGS["hidden"])
    history = run_rounds(model, SETTINGS)
    print("rounds", len(history), "last mae", round(history[-1], 3))


if __name__ == "__main__":
    main()
