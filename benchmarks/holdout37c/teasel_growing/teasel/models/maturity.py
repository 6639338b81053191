import torch
import torch.nn.functional as F

from ..lit import LitModule


class HeadMaturityLSTM(LitModule):
    """Teasel head ready for cloth-raising? From weekly hook-stiffness readings."""

    automatic_optimization = False

    def __init__(self, hidden=8, lr=5e-3):
        super().__init__()
        self.lstm = torch.nn.LSTM(2, hidden, batch_first=True)
        self.cls = torch.nn.Linear(hidden, 2)
        self.lr = lr

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)

    def training_step(self, batch, idx):
        opt = self.optimizers()
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        opt.zero_grad()
        self.manual_backward(loss)
        opt.step()
        self.log("train_loss", loss)

    def validation_step(self, batch, idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(1) == y).float().mean())
