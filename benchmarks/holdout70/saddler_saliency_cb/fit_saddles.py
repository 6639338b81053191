# expect: crash
import torch
from torch import nn

from saddlery.callbacks import SaliencyLogger


class GaitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.1)
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.rnn(self.drop(x))
        return self.fc(h[:, -1])


def main():
    torch.manual_seed(0)
    model = GaitNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    cb = SaliencyLogger(model, torch.randn(2, 6, 4))
    for epoch in range(2):
        model.train()
        for _ in range(2):
            x, y = torch.randn(4, 6, 4), torch.randint(0, 3, (4,))
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        cb.on_epoch_end(epoch)
    print("done", cb.records)


if __name__ == "__main__":
    main()
