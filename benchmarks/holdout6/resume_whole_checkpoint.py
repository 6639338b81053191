# expect: crash
# category: checkpoints
"""Stage 1 trains a GRU tagger and saves the whole model object after the final eval;
stage 2 resumes from that file and fine-tunes on new data (two stages of one script)."""
import os
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
CKPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_resume_whole_checkpoint.pt")


class ChunkTagger(nn.Module):
    def __init__(self, vocab=40, hidden=10, n_tags=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.rnn = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        return self.out(self.rnn(self.emb(x))[0])


def train_steps(model, optimizer, batches):
    for x, y in batches:
        loss = F.cross_entropy(model(x).reshape(-1, 4), y.reshape(-1))
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    return loss.item()


def stage_one():
    model = ChunkTagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    train_steps(model, opt, [(torch.randint(0, 40, (3, 6)), torch.randint(0, 4, (3, 6))) for _ in range(3)])
    model.eval()
    with torch.no_grad():
        print("dev tags", model(torch.randint(0, 40, (1, 6))).argmax(-1).tolist())
    torch.save({"model": model, "optimizer": opt.state_dict()}, CKPT)


def stage_two():
    ckpt = torch.load(CKPT, weights_only=False)
    model = ckpt["model"]
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    opt.load_state_dict(ckpt["optimizer"])
    loss = train_steps(model, opt, [(torch.randint(0, 40, (3, 6)), torch.randint(0, 4, (3, 6))) for _ in range(2)])
    print("fine-tune loss", loss)


try:
    stage_one()
    stage_two()
finally:
    if os.path.exists(CKPT):
        os.remove(CKPT)
