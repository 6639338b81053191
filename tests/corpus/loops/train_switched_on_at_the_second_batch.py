# expect: crash
"""Each epoch validates at its end (`model.eval()`), and the batch loop puts the model back in train mode only at its
second batch (`if i == 1:`, an off-by-one): the second epoch's first batch runs in eval mode."""
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
            if i == 1:
                model.train()
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        model.eval()
        with torch.no_grad():
            print(epoch, model(batches[0][0]).argmax(-1).tolist())


if __name__ == "__main__":
    main()
