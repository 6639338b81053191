# expect: crash
"""A thinc-style wrapper: a PyTorch BiLSTM shim that exposes predict() and begin_update()."""
import torch
import torch.nn as nn


class TorchShim:
    def __init__(self, model, lr=0.01):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def predict(self, X):
        self.model.eval()
        with torch.no_grad():
            return self.model(X)

    def begin_update(self, X):
        Y = self.model(X)

        def backprop(dY):
            self.opt.zero_grad()
            Y.backward(dY)  # TM001-here
            self.opt.step()
            return None

        return Y.detach(), backprop


class Tagger(nn.Module):
    def __init__(self, nI=6, nH=8, nO=4):
        super().__init__()
        self.lstm = nn.LSTM(nI, nH, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * nH, nO)

    def forward(self, X):
        h, _ = self.lstm(X)
        return self.out(h)


def main():
    torch.manual_seed(0)
    shim = TorchShim(Tagger())
    X = torch.randn(3, 5, 6)
    gold = torch.randint(0, 4, (3, 5))
    print("before", shim.predict(X).argmax(-1).tolist()[0])
    for it in range(3):
        Y, backprop = shim.begin_update(X)
        dY = torch.softmax(Y, -1) - nn.functional.one_hot(gold, 4).float()
        backprop(dY / X.shape[0])
    print("after", shim.predict(X).argmax(-1).tolist()[0])


if __name__ == "__main__":
    main()
