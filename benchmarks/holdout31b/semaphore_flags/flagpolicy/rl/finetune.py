import torch


class RewardFinetuner:
    def __init__(self, policy, reward_model, lr=1e-3, tau=1.0, entropy_coef=0.01):
        self.policy, self.reward_model = policy, reward_model
        self.tau, self.entropy_coef = tau, entropy_coef
        self.opt = torch.optim.Adam(policy.parameters(), lr=lr)

    def step(self, batch, length):
        self.policy.train()
        soft_seq = self.policy.relaxed_rollout(batch, length, self.tau)
        score = self.reward_model(soft_seq)
        entropy = -(soft_seq * soft_seq.clamp_min(1e-8).log()).sum(-1).mean()
        loss = -score.mean() - self.entropy_coef * entropy
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return score.mean().item()
