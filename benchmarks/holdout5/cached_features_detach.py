# expect: clean
# category: near_miss
"""Two-stage audio event tagging: per-modality recurrent encoders (a ModuleDict) in eval mode
produce embeddings that are detached and cached; a fusion MLP is trained on the cache."""
import torch
import torch.nn as nn

torch.manual_seed(41)

encoders = nn.ModuleDict({
    "audio": nn.GRU(10, 12, batch_first=True, bidirectional=True),
    "video": nn.LSTM(6, 12, num_layers=2, batch_first=True),
})
encoders.eval()


def embed(modality, x):
    out, _ = encoders[modality](x)
    return out[:, -1].detach()


cache = []
for _ in range(3):
    audio, video = torch.randn(8, 15, 10), torch.randn(8, 5, 6)
    feats = torch.cat([embed("audio", audio), embed("video", video)], 1)
    cache.append((feats, torch.randint(0, 2, (8, 4)).float()))

fusion = nn.Sequential(nn.Linear(36, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 4))
opt = torch.optim.Adam(fusion.parameters(), lr=1e-3)
for epoch in range(2):
    fusion.train()
    for feats, labels in cache:
        loss = nn.functional.binary_cross_entropy_with_logits(fusion(feats), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch}: bce {loss.item():.4f}")
