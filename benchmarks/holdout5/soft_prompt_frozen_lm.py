# expect: crash
# category: near_miss
"""Prompt tuning: a pretrained LSTM language model is frozen (eval mode, requires_grad False) and
only a few continuous prompt vectors prepended to the input embeddings are learned."""
import torch
import torch.nn as nn

torch.manual_seed(32)
VOCAB, DIM, N_PROMPT = 40, 8, 3


class LSTMLanguageModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(VOCAB, DIM)
        self.lstm = nn.LSTM(DIM, 12, num_layers=2, batch_first=True, dropout=0.2)
        self.lm_head = nn.Linear(12, VOCAB)

    def forward(self, inputs_embeds):
        return self.lm_head(self.lstm(inputs_embeds)[0])


class PromptTuning(nn.Module):
    def __init__(self, lm):
        super().__init__()
        self.lm = lm
        self.prompt = nn.Parameter(torch.randn(N_PROMPT, DIM) * 0.1)
        for p in self.lm.parameters():
            p.requires_grad_(False)
        self.lm.eval()

    def forward(self, ids):
        emb = self.lm.tok(ids)
        prompt = self.prompt.unsqueeze(0).expand(ids.size(0), -1, -1)
        return self.lm(torch.cat([prompt, emb], 1))[:, N_PROMPT:]


lm = LSTMLanguageModel()  # imagine: lm.load_state_dict(pretrained)
model = PromptTuning(lm)
opt = torch.optim.AdamW([model.prompt], lr=0.3)
for step in range(3):
    ids = torch.randint(0, VOCAB, (4, 10))
    logits = model(ids[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, VOCAB), ids[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"step {step}: loss {loss.item():.3f}")
