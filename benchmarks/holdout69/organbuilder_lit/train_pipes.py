# expect: crash
import torch
from torch import nn

from organlit import LitModule, SaliencyLogger, Trainer


class WindChest(LitModule):
    """Predicts pipe pressure drop from a wind-chest sensor sequence."""

    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)


def main():
    torch.manual_seed(8)
    data = [(torch.randn(4, 7, 3), torch.randn(4, 1)) for _ in range(3)]
    val = [(torch.randn(4, 7, 3), torch.randn(4, 1)) for _ in range(2)]
    logger = SaliencyLogger()
    trainer = Trainer(max_epochs=2, callbacks=[logger])
    print(trainer.fit(WindChest(), data, val), len(logger.maps))


if __name__ == "__main__":
    main()
