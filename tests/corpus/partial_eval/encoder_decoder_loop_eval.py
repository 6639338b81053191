# expect: crash
"""Seq2seq with separate encoder and decoder, switched to eval together in a loop over both modules."""
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.GRU(4, 8, batch_first=True)
decoder = nn.GRU(4, 8, batch_first=True)
project = nn.Linear(8, 4)
opt = torch.optim.Adam([*encoder.parameters(), *decoder.parameters(), *project.parameters()])

for module in (encoder, decoder):
    module.eval()
with torch.no_grad():
    _, h = encoder(torch.randn(1, 5, 4))
    print("greedy step", project(decoder(torch.zeros(1, 1, 4), h)[0]).shape)

src, tgt = torch.randn(3, 5, 4), torch.randn(3, 6, 4)
_, h = encoder(src)
out, _ = decoder(tgt[:, :-1], h)
loss = nn.functional.mse_loss(project(out), tgt[:, 1:])
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
