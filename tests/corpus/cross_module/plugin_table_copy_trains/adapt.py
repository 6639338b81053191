# expect: clean
"""Speaker adaptation of an encoder loaded for scoring: the discovery table is a copy of the built-in one,
and the encoder comes back in eval mode; it is put back in train mode before adapting."""
import torch

from speakerkit.plugins import load_encoder

encoder = load_encoder("lstm-small", frozen=True).train()
opt = torch.optim.SGD(encoder.parameters(), lr=0.01)
for _ in range(2):
    emb = encoder(torch.randn(3, 5, 6))
    loss = emb.pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
