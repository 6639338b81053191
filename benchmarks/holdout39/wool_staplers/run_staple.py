# expect: clean
"""Wool staplers grade fleece staple length from a crimp profile scan."""
from staple import StapleGrader, Trainer

if __name__ == "__main__":
    grader = StapleGrader(hidden=6)
    trainer = Trainer(max_epochs=3)
    trainer.fit(grader)
    print(trainer.logged)
