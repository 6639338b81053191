import torch
import torch.nn.functional as F


@torch.no_grad()
def from_logits(behavior_policy_logits, target_policy_logits, actions, discounts, rewards, values,
                bootstrap_value, clip_rho_threshold=1.0):
    target_lp = -F.nll_loss(F.log_softmax(target_policy_logits.flatten(0, 1), -1), actions.flatten(0, 1),
                            reduction="none").view_as(actions)
    behav_lp = -F.nll_loss(F.log_softmax(behavior_policy_logits.flatten(0, 1), -1), actions.flatten(0, 1),
                           reduction="none").view_as(actions)
    rhos = torch.exp(target_lp - behav_lp).clamp(max=clip_rho_threshold)
    values_t_plus_1 = torch.cat([values[1:], bootstrap_value.unsqueeze(0)], dim=0)
    deltas = rhos * (rewards + discounts * values_t_plus_1 - values)
    acc = torch.zeros_like(bootstrap_value)
    result = []
    for t in range(discounts.shape[0] - 1, -1, -1):
        acc = deltas[t] + discounts[t] * acc
        result.append(acc)
    vs = torch.stack(result[::-1]) + values
    vs_t_plus_1 = torch.cat([vs[1:], bootstrap_value.unsqueeze(0)], dim=0)
    return {"vs": vs, "pg_advantages": rhos * (rewards + discounts * vs_t_plus_1 - values)}
