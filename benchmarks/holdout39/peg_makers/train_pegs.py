# expect: clean
"""Peg makers: tent-peg split risk from lathe vibration, trained with an input-gradient penalty."""
from pegs.train import PenaltyTrainer
from pegs.model import SplitRisk

if __name__ == "__main__":
    trainer = PenaltyTrainer(SplitRisk(hidden=6), penalty=0.05)
    for epoch in range(2):
        print(epoch, trainer.epoch())
