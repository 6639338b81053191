import torch
from torch.nn.utils import parameters_to_vector, vector_to_parameters


def conjugate_gradient(Avp, b, iters=5, tol=1e-8):
    x = torch.zeros_like(b)
    r, p = b.clone(), b.clone()
    rr = r @ r
    for _ in range(iters):
        Ap = Avp(p)
        alpha = rr / (p @ Ap + 1e-10)
        x += alpha * p
        r -= alpha * Ap
        new_rr = r @ r
        if new_rr < tol:
            break
        p = r + (new_rr / rr) * p
        rr = new_rr
    return x


class TRPOUpdater:
    def __init__(self, policy, value, max_kl=0.01, damping=0.1):
        self.policy = policy
        self.value = value
        self.max_kl = max_kl
        self.damping = damping
        self.v_opt = torch.optim.Adam(value.parameters(), lr=1e-2)

    def _kl(self, obs, old_logits):
        old = torch.distributions.Categorical(logits=old_logits)
        return torch.distributions.kl_divergence(old, self.policy(obs)).mean()

    def fisher_vector_product(self, obs, old_logits, v):
        params = list(self.policy.parameters())
        kl = self._kl(obs, old_logits)
        grads = torch.autograd.grad(kl, params, create_graph=True)
        flat = torch.cat([g.reshape(-1) for g in grads])
        hv = torch.autograd.grad(flat @ v, params)  # TM003-here
        return torch.cat([g.reshape(-1) for g in hv]) + self.damping * v

    def update(self, obs, actions, returns, old_logits):
        self.policy.train()
        adv = returns - self.value(obs).detach()
        adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        dist = self.policy(obs)
        ratio = torch.exp(dist.log_prob(actions) - torch.distributions.Categorical(logits=old_logits).log_prob(actions))
        surr = (ratio * adv).mean()
        params = list(self.policy.parameters())
        g = torch.cat([x.reshape(-1) for x in torch.autograd.grad(surr, params)])
        step_dir = conjugate_gradient(lambda v: self.fisher_vector_product(obs, old_logits, v), g)
        shs = 0.5 * step_dir @ self.fisher_vector_product(obs, old_logits, step_dir)
        step = step_dir * torch.sqrt(2 * self.max_kl / (shs + 1e-10))
        with torch.no_grad():
            vector_to_parameters(parameters_to_vector(params) + step, params)
        v_loss = (self.value(obs) - returns).pow(2).mean()
        self.v_opt.zero_grad()
        v_loss.backward()
        self.v_opt.step()
        return surr.item(), v_loss.item()
