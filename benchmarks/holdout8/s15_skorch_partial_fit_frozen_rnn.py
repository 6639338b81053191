# expect: crash
# skorch-like NeuralNet (net.module_). predict_proba() leaves module_ in eval; partial_fit() then adapts only
# the input projection with the GRU frozen, but gradients for that projection must flow back through the GRU.
import torch
import torch.nn as nn


class InputAdapterNet(nn.Module):
    def __init__(self, n_in=5, hidden=10, n_out=3):
        super().__init__()
        self.adapter = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, X):
        return self.head(self.rnn(torch.tanh(self.adapter(X)))[0][:, -1])


class NeuralNetClassifier:
    def __init__(self, module, max_epochs=2, lr=0.05, **module_kwargs):
        self.module, self.max_epochs, self.lr, self.module_kwargs = module, max_epochs, lr, module_kwargs
        self.initialized_ = False

    def initialize(self):
        self.module_ = self.module(**self.module_kwargs)
        self.initialized_ = True
        return self

    def train_step(self, X, y, optimizer):
        loss = nn.functional.cross_entropy(self.module_(X), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()

    def fit(self, X, y):
        if not self.initialized_:
            self.initialize()
        self.module_.train()
        opt = torch.optim.SGD(self.module_.parameters(), lr=self.lr)
        for _ in range(self.max_epochs):
            self.train_step(X, y, opt)
        return self

    def partial_fit(self, X, y, trainable=("adapter",)):
        for name, p in self.module_.named_parameters():
            p.requires_grad_(name.split(".")[0] in trainable)
        opt = torch.optim.SGD([p for p in self.module_.parameters() if p.requires_grad], lr=self.lr)
        return self.train_step(X, y, opt)

    def predict_proba(self, X):
        self.module_.eval()
        with torch.no_grad():
            return torch.softmax(self.module_(X), -1)


if __name__ == "__main__":
    torch.manual_seed(0)
    net = NeuralNetClassifier(InputAdapterNet, n_in=5, hidden=10, n_out=3)
    X, y = torch.randn(12, 7, 5), torch.randint(0, 3, (12,))
    net.fit(X, y)
    print(net.predict_proba(X[:2]))
    X_new = torch.randn(6, 7, 5) * 2 + 0.5  # new sensor, recalibrate the adapter only
    print("partial_fit loss", net.partial_fit(X_new, y[:6]))
