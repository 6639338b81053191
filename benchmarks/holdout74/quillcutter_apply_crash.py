# expect: crash
# Quill-cutting nib wear regression; stochastic layers are frozen for the
# fine-tuning stage with model.apply and an isinstance tuple.
import torch
import torch.nn as nn

torch.manual_seed(2)


class NibWear(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 8)
        self.drop = nn.Dropout(0.2)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.reg = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(self.drop(self.embed(x)))
        return self.reg(h[:, -1]).squeeze(-1)


FROZEN_KINDS = (nn.Dropout, nn.LSTM, nn.BatchNorm1d)


def freeze_stochastic(m):
    if isinstance(m, FROZEN_KINDS):
        m.eval()


def finetune(model, x, y, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    model.apply(freeze_stochastic)
    for ep in range(epochs):
        pred = model(x)
        loss = nn.functional.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {ep} mse {loss.item():.4f}")


finetune(NibWear(), torch.randn(6, 9, 3), torch.randn(6))
