# expect: clean
# category: near-miss
"""REINFORCE for a GRU dialogue policy; a pretrained GRU reward model scores the sampled replies.

The reward model is in eval mode and its score is detached / turned into Python floats before it
enters the policy loss."""
import torch
import torch.nn as nn

torch.manual_seed(0)
VOCAB, HID, LEN = 25, 12, 5


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, HID)
        self.gru = nn.GRU(HID, HID, batch_first=True)
        self.out = nn.Linear(HID, VOCAB)

    def sample(self, context):
        _, h = self.gru(self.emb(context))
        tok = context[:, -1:]
        log_probs, tokens = [], []
        for _ in range(LEN):
            o, h = self.gru(self.emb(tok), h)
            dist = torch.distributions.Categorical(logits=self.out(o[:, -1]))
            tok = dist.sample().unsqueeze(1)
            log_probs.append(dist.log_prob(tok.squeeze(1)))
            tokens.append(tok)
        return torch.cat(tokens, 1), torch.stack(log_probs, 1)


class RewardModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, HID)
        self.lstm = nn.LSTM(HID, HID, num_layers=2, batch_first=True)
        self.score = nn.Linear(HID, 1)

    def forward(self, tokens):
        return self.score(self.lstm(self.emb(tokens))[0][:, -1]).squeeze(-1)


policy, reward_model = Policy(), RewardModel()
reward_model.eval()
opt = torch.optim.Adam(policy.parameters(), lr=1e-3)
running_baseline = 0.0

for episode in range(3):
    context = torch.randint(0, VOCAB, (4, 6))
    replies, log_probs = policy.sample(context)
    rewards = reward_model(torch.cat([context, replies], 1)).detach()
    mean_reward = rewards.mean().item()
    running_baseline = 0.9 * running_baseline + 0.1 * mean_reward
    advantages = torch.tensor([r - running_baseline for r in rewards.tolist()])
    loss = -(advantages.unsqueeze(1) * log_probs).sum(1).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"episode {episode}: mean reward {mean_reward:.3f}")
