# expect: clean
# category: near-miss
"""Two-stage model: a pretrained nn.Sequential feature extractor built from an nn.LSTM subclass runs in
eval mode and its features are detached; a separate GRU decoder on top is trained."""
import torch
import torch.nn as nn

torch.manual_seed(74)


class LSTMOutputs(nn.LSTM):
    """nn.LSTM that returns only the output sequence, so it can sit inside nn.Sequential."""

    def forward(self, x, hx=None):
        return super().forward(x, hx)[0]


extractor = nn.Sequential(
    nn.Linear(4, 8),
    nn.GELU(),
    LSTMOutputs(8, 10, num_layers=2, batch_first=True, dropout=0.2),
    nn.LayerNorm(10),
)
decoder = nn.GRU(10, 10, batch_first=True)
head = nn.Linear(10, 1)
opt = torch.optim.Adam(list(decoder.parameters()) + list(head.parameters()), lr=3e-3)

extractor.eval()
for step in range(4):
    x, y = torch.randn(6, 15, 4), torch.randn(6, 15, 1)
    feats = extractor(x).detach()
    pred = head(decoder(feats)[0])
    loss = nn.functional.mse_loss(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: {loss.item():.4f}")
