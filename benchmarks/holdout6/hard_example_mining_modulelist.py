# expect: crash
# category: curriculum
"""Online hard-example mining for a residual stack of recurrent layers (nn.ModuleList of an
nn.LSTM subclass). Each epoch the pool is scored with predict_proba and the hardest examples
are trained on."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class ResidualLSTM(nn.LSTM):
    def forward(self, x, hx=None):
        out, state = super().forward(x, hx)
        return x + out, state


class DeepResidualRNN(nn.Module):
    def __init__(self, d=10, depth=3, n_cls=4):
        super().__init__()
        self.inp = nn.Linear(6, d)
        self.layers = nn.ModuleList([ResidualLSTM(d, d, batch_first=True) for _ in range(depth)])
        self.norm = nn.LayerNorm(d)
        self.out = nn.Linear(d, n_cls)

    def forward(self, x):
        h = self.inp(x)
        for layer in self.layers:
            h, _ = layer(h)
        return self.out(self.norm(h[:, -1]))

    def predict_proba(self, x):
        self.train(False)
        with torch.no_grad():
            return self(x).softmax(-1)


pool_x, pool_y = torch.randn(24, 9, 6), torch.randint(0, 4, (24,))
model = DeepResidualRNN()
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
model.train()
for epoch in range(2):
    probs = model.predict_proba(pool_x)
    difficulty = 1 - probs[torch.arange(len(pool_y)), pool_y]
    hard = difficulty.topk(8).indices
    for idx in hard.split(4):
        loss = F.cross_entropy(model(pool_x[idx]), pool_y[idx])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(f"epoch {epoch}: mean difficulty {difficulty.mean():.3f}")
