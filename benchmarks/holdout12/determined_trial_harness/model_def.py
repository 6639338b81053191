import torch
import torch.nn as nn

from harness.trial import PyTorchTrial, PyTorchTrialContext


class LSTNet(nn.Module):
    def __init__(self, n_series, window, hidden, skip):
        super().__init__()
        self.skip = skip
        self.conv1 = nn.Conv1d(n_series, hidden, 3, padding=1)
        self.GRU1 = nn.GRU(hidden, hidden)
        self.GRUskip = nn.GRU(hidden, hidden // 2)
        self.linear1 = nn.Linear(hidden + (hidden // 2) * skip, n_series)
        self.highway = nn.Linear(window, 1)

    def forward(self, x):  # x: (B, window, n_series)
        B = x.size(0)
        c = torch.relu(self.conv1(x.transpose(1, 2)))  # (B, H, W)
        r = self.GRU1(c.permute(2, 0, 1))[1].squeeze(0)
        s = c[:, :, -(c.size(2) // self.skip) * self.skip:]
        s = s.reshape(B, c.size(1), -1, self.skip).permute(2, 0, 3, 1).reshape(-1, B * self.skip, c.size(1))
        s = self.GRUskip(s)[1].reshape(B, -1)
        res = self.linear1(torch.cat([r, s], 1))
        z = self.highway(x.transpose(1, 2)).squeeze(-1)
        return res + z


class LSTNetTrial(PyTorchTrial):
    def __init__(self, context: PyTorchTrialContext):
        self.context = context
        hp = context.get_hparam
        self.model = self.context.wrap_model(LSTNet(hp("n_series"), hp("window"), hp("hidden"), hp("skip")))
        self.optimizer = self.context.wrap_optimizer(torch.optim.Adam(self.model.parameters(), lr=hp("lr")))
        self.loss_fn = nn.L1Loss()

    def build_training_data_loader(self):
        return self._loader(seed=0)

    def build_validation_data_loader(self):
        return self._loader(seed=1, n=2)

    def _loader(self, seed, n=8):
        g = torch.Generator().manual_seed(seed)
        hp = self.context.get_hparam
        bs, w, k = hp("global_batch_size"), hp("window"), hp("n_series")
        return [(torch.randn(bs, w, k, generator=g), torch.randn(bs, k, generator=g)) for _ in range(n)]

    def train_batch(self, batch, epoch_idx, batch_idx):
        x, y = batch
        loss = self.loss_fn(self.model(x), y)
        self.context.backward(loss)
        self.context.step_optimizer(self.optimizer)
        return {"loss": loss}

    def evaluate_batch(self, batch):
        x, y = batch
        return {"validation_loss": self.loss_fn(self.model(x), y)}
