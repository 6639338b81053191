# expect: crash
# category: modes_travel
"""Fine-tune a hub sentence encoder for paraphrase detection (siamese, packed variable-length input)."""
import torch
import torch.nn as nn

from zoo import available_models, load_pretrained

torch.manual_seed(38)


def random_batch(bs=4, max_len=9):
    lengths = torch.randint(3, max_len + 1, (bs,))
    ids = torch.zeros(bs, max_len, dtype=torch.long)
    for i, n in enumerate(lengths):
        ids[i, :n] = torch.randint(1, 60, (int(n),))
    return ids, lengths


print("models:", available_models())
encoder = load_pretrained("sent-bilstm-base")
classifier = nn.Linear(4 * 24, 2)
opt = torch.optim.AdamW(list(encoder.parameters()) + list(classifier.parameters()), lr=2e-4)

for step in range(3):
    (a, la), (b, lb) = random_batch(), random_batch()
    u, v = encoder(a, la), encoder(b, lb)
    logits = classifier(torch.cat([u, v, (u - v).abs(), u * v], 1))
    loss = nn.functional.cross_entropy(logits, torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"step {step}: loss {loss.item():.3f}")
