"""REINFORCE fine-tuning of the generator against the predictor's score."""
import torch


class Reinforce:
    def __init__(self, generator, predictor, params):
        self.generator = generator
        self.predictor = predictor
        self.optimizer = torch.optim.Adam(generator.parameters(), lr=params.get("lr", 1e-3))
        self.batch_size = params.get("batch_size", 4)
        self.gamma = params.get("gamma", 0.97)
        self.predictor.eval()
        for p in self.predictor.parameters():
            p.requires_grad = False

    def generate_compounds(self, batch_size):
        # sampling should not use dropout between the stacked layers
        self.generator.eval()
        return self.generator.sample(batch_size)

    def get_reward(self, tokens):
        with torch.no_grad():
            return self.predictor(tokens)

    def policy_gradient(self, epoch):
        tokens, log_probs = self.generate_compounds(self.batch_size)
        rewards = self.get_reward(tokens)
        discounts = self.gamma ** torch.arange(log_probs.shape[1], dtype=torch.float)
        rl_loss = -(log_probs * discounts).sum(1).mul(rewards - rewards.mean()).mean()
        self.generator.train()
        self.optimizer.zero_grad()
        rl_loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.generator.parameters(), 2.0)
        self.optimizer.step()
        return rl_loss.item(), rewards.mean().item()
