# expect: clean
"""DeepChem TorchModel-style wrapper: fit(dataset, nb_epoch) with a per-batch _train_step, predict_on_batch() for
validation via a callback; _train_step() restores train mode itself, as the library does. The wrapped network (net.module_ here) is a GRU over SMILES tokens."""
import torch
import torch.nn as nn


class SmilesGRU(nn.Module):
    def __init__(self, vocab=20, dim=16, n_tasks=2):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * dim, n_tasks)

    def forward(self, tokens):
        _, h = self.gru(self.emb(tokens))
        return self.out(torch.cat([h[0], h[1]], -1))


class NumpyDataset:
    def __init__(self, X, y):
        self.X, self.y = X, y

    def iterbatches(self, batch_size):
        for i in range(0, self.X.size(0), batch_size):
            yield self.X[i:i + batch_size], self.y[i:i + batch_size]


class ValidationCallback:
    def __init__(self, dataset, interval):
        self.dataset, self.interval = dataset, interval

    def __call__(self, model, step):
        if step % self.interval == 0:
            preds = model.predict_on_batch(self.dataset.X)
            print(f"step {step} valid mse {((preds - self.dataset.y) ** 2).mean().item():.4f}")


class TorchModel:
    def __init__(self, model, loss, learning_rate=1e-3, batch_size=4):
        self.module_ = model
        self.loss = loss
        self.batch_size = batch_size
        self._built = False
        self.learning_rate = learning_rate

    def _ensure_built(self):
        if not self._built:
            self._pytorch_optimizer = torch.optim.Adam(self.module_.parameters(), lr=self.learning_rate)
            self.module_.train()
            self._built = True

    def fit(self, dataset, nb_epoch=1, callbacks=()):
        self._ensure_built()
        step = 0
        for epoch in range(nb_epoch):
            for inputs, labels in dataset.iterbatches(self.batch_size):
                avg_loss = self._train_step(inputs, labels)
                step += 1
                for c in callbacks:
                    c(self, step)
        return avg_loss

    def _train_step(self, inputs, labels):
        self.module_.train()
        self._pytorch_optimizer.zero_grad()
        outputs = self.module_(inputs)
        batch_loss = self.loss(outputs, labels)
        batch_loss.backward()
        self._pytorch_optimizer.step()
        return batch_loss.item()

    def predict_on_batch(self, X):
        self._ensure_built()
        self.module_.eval()
        with torch.no_grad():
            return self.module_(X)


if __name__ == "__main__":
    torch.manual_seed(0)
    train = NumpyDataset(torch.randint(0, 20, (12, 9)), torch.randn(12, 2))
    valid = NumpyDataset(torch.randint(0, 20, (4, 9)), torch.randn(4, 2))
    net = TorchModel(SmilesGRU(), nn.MSELoss(), batch_size=4)
    print("final loss", net.fit(train, nb_epoch=2, callbacks=[ValidationCallback(valid, interval=2)]))
