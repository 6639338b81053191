import copy
import torch
import torch.nn.functional as F


def ensure_shared_grads(model, shared_model):
    for param, shared_param in zip(model.parameters(), shared_model.parameters()):
        if shared_param.grad is not None:
            return
        shared_param._grad = param.grad


def train(rank, args, shared_model, counter, lock, optimizer):
    torch.manual_seed(rank)
    model = copy.deepcopy(shared_model)
    state = torch.randn(4)
    hx = cx = torch.zeros(1, 1, 16)
    for update in range(2):
        model.load_state_dict(shared_model.state_dict())
        hx, cx = hx.detach(), cx.detach()
        values, log_probs, rewards, entropies = [], [], [], []
        for step in range(args["num_steps"]):
            value, logit, (hx, cx) = model((state, (hx, cx)))
            prob, log_prob = F.softmax(logit, -1), F.log_softmax(logit, -1)
            entropies.append(-(log_prob * prob).sum(1, keepdim=True))
            action = prob.multinomial(1).detach()
            log_probs.append(log_prob.gather(1, action))
            state = torch.randn(4)
            with lock:
                counter.value += 1
            values.append(value); rewards.append(float(action.item()))
        R = torch.zeros(1, 1)
        policy_loss = value_loss = 0
        gae = torch.zeros(1, 1)
        values.append(R)
        for i in reversed(range(len(rewards))):
            R = args["gamma"] * R + rewards[i]
            value_loss = value_loss + 0.5 * (R - values[i]).pow(2)
            delta_t = rewards[i] + args["gamma"] * values[i + 1] - values[i]
            gae = gae * args["gamma"] + delta_t
            policy_loss = policy_loss - log_probs[i] * gae.detach() - 0.01 * entropies[i]
        optimizer.zero_grad()
        (policy_loss + 0.5 * value_loss).backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), 50)
        ensure_shared_grads(model, shared_model)
        optimizer.step()
