# expect: crash
import torch
import torch.nn.functional as F

import common as C
import viz

batches = [(torch.randn(6, 11, 5), torch.randint(0, 4, (6,))) for _ in range(2)]
opt = torch.optim.Adam(C.net.parameters(), lr=3e-3)
C.net.train()
for epoch in range(3):
    for frames, who in batches:
        loss = F.cross_entropy(C.net(frames), who)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(epoch, "spread", viz.embedding_spread(batches[0][0]))
