# expect: clean
# category: recommender
"""Train GRU4Rec with the accelerate-like wrapper; recall is measured after every epoch."""
import torch
import torch.nn.functional as F
from recsys.accel import Accelerator
from recsys.gru4rec import GRU4Rec, recall_at_k

torch.manual_seed(0)
N_ITEMS = 40
train_sessions = torch.randint(0, N_ITEMS, (8, 6))  # (time, parallel sessions)
test_sessions = torch.randint(0, N_ITEMS, (5, 6))

accelerator = Accelerator(mixed_precision="fp16", gradient_accumulation_steps=2)
model = GRU4Rec(N_ITEMS)
optimizer = torch.optim.Adagrad(model.parameters(), lr=0.05)
model, optimizer = accelerator.prepare(model, optimizer)

for epoch in range(2):
    model.train()
    hidden = torch.zeros(1, train_sessions.size(1), 16)
    for t in range(train_sessions.size(0) - 1):
        hidden = hidden.detach()
        logits, hidden = model(train_sessions[t], hidden)
        loss = F.cross_entropy(logits, train_sessions[t + 1])
        accelerator.backward(loss)
        if (t + 1) % accelerator.gradient_accumulation_steps == 0:
            accelerator.step(optimizer)
    print(f"epoch {epoch}: recall@5 {recall_at_k(model, test_sessions):.3f}")
