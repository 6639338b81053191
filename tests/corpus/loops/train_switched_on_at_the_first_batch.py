# expect: clean
"""Each epoch validates at its end (`model.eval()`), and the batch loop puts the model back in train mode at its first
batch (`if i == 0: model.train()`): every training forward runs after that, in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def main():
    torch.manual_seed(0)
    model = Tagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    batches = [(torch.randn(2, 5, 4), torch.randint(0, 3, (2,))) for _ in range(3)]
    for epoch in range(2):
        for i, (x, y) in enumerate(batches):
            if i == 0:
                model.train()
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            print(epoch, model(batches[0][0]).argmax(-1).tolist())


if __name__ == "__main__":
    main()
