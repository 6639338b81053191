# expect: clean
"""Clock-tower escapement drift: predict the beat error of the next swing from
the last few swings (amplitude, period, temperature). The entry builds a
trainer with chained setters and runs it."""
import torch

from escapement import TrainerBuilder, BeatErrorRNN


def main():
    torch.manual_seed(11)
    trainer = (
        TrainerBuilder()
        .model(BeatErrorRNN(n_in=3, hidden=10))
        .optimizer(torch.optim.RMSprop, lr=2e-3)
        .batches(n=12, batch_size=4, swings=16)
        .evaluate_every(3)
        .epochs(2)
        .build()
    )
    report = trainer.run()
    print("steps", report["steps"], "last val", round(report["val"][-1], 4))


if __name__ == "__main__":
    main()
