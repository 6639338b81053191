# expect: clean
"""Train the swan-upping census tagger (Thames reaches, Windsor to Abingdon)."""
import torch

from swanlab import CensusTagger, Trainer, TrainerConfig, census_batches


class UppingTrainer(Trainer):
    def on_fit_start(self):
        print(f"fitting {sum(p.numel() for p in self.model.parameters())} parameters")

    def on_train_epoch_start(self, epoch):
        self.model.train()
        for group in self.optimizer.param_groups:
            group["lr"] = self.config.lr * (0.5 ** epoch)


def main():
    torch.manual_seed(0)
    model = CensusTagger()
    trainer = UppingTrainer(
        model,
        census_batches(seed=1),
        census_batches(n_batches=2, seed=2),
        TrainerConfig(max_epochs=2),
    )
    history = trainer.fit()
    print("history", history)


if __name__ == "__main__":
    main()
