import copy

import torch


class Rollout:
    def __init__(self, generator, update_rate):
        self.ori_model = generator
        self.own_model = copy.deepcopy(generator)
        self.update_rate = update_rate

    @torch.no_grad()
    def get_reward(self, samples, num, discriminator):
        discriminator.eval()
        seq_len = samples.size(1)
        rewards = torch.zeros(samples.shape)
        for _ in range(num):
            for t in range(1, seq_len + 1):
                full = samples if t == seq_len else self.own_model.sample(samples.size(0), samples[:, :t])
                rewards[:, t - 1] += discriminator(full).sigmoid()
        return rewards / num

    def update_params(self):
        own = dict(self.own_model.named_parameters())
        for name, p in self.ori_model.named_parameters():
            own[name].data.mul_(self.update_rate).add_((1 - self.update_rate) * p.data)
