import torch
from torch.nn import functional as F

from .vtrace import from_logits


def compute_policy_gradient_loss(logits, actions, advantages):
    cross_entropy = F.nll_loss(F.log_softmax(torch.flatten(logits, 0, 1), dim=-1),
                               target=torch.flatten(actions, 0, 1), reduction="none")
    return torch.sum(cross_entropy.view_as(advantages) * advantages.detach())


def learn(flags, actor_model, model, batch, initial_agent_state, optimizer):
    B = batch["frame"].size(1)
    state = tuple(s.expand(-1, B, -1).contiguous() for s in initial_agent_state)
    learner_outputs, unused_state = model(batch, state)
    bootstrap_value = learner_outputs["baseline"][-1]
    batch = {key: tensor[1:] for key, tensor in batch.items()}
    learner_outputs = {key: tensor[:-1] for key, tensor in learner_outputs.items()}
    discounts = (~batch["done"]).float() * flags.discounting
    vtrace_returns = from_logits(batch["policy_logits"], learner_outputs["policy_logits"], batch["action"],
                                 discounts, batch["reward"], learner_outputs["baseline"], bootstrap_value)
    pg_loss = compute_policy_gradient_loss(learner_outputs["policy_logits"], batch["action"],
                                           vtrace_returns["pg_advantages"])
    baseline_loss = 0.5 * 0.5 * torch.sum((vtrace_returns["vs"] - learner_outputs["baseline"]) ** 2)
    total_loss = pg_loss + baseline_loss
    optimizer.zero_grad()
    total_loss.backward()  # TM001-here
    torch.nn.utils.clip_grad_norm_(model.parameters(), 40.0)
    optimizer.step()
    actor_model.load_state_dict(model.state_dict())
    return {"total_loss": total_loss.item()}
