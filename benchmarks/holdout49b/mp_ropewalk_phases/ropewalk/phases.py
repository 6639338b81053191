import torch
import torch.nn.functional as F


def phase_fit(state):
    model, opt = state["model"], state["opt"]
    model.train()
    for x, y in state["train"]:
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()


def phase_score(state):
    model = state["model"]
    model.eval()
    with torch.no_grad():
        state["score"] = sum(F.mse_loss(model(x), y).item() for x, y in state["val"])


def phase_polish(state):
    """A few extra steps on the validation strands (the 'polish' pass)."""
    model, opt = state["model"], state["opt"]
    for x, y in state["val"]:
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()


PHASES = {"fit": phase_fit, "score": phase_score, "polish": phase_polish}


def run_phases(state, names):
    for name in names:
        PHASES[name](state)
        print("done", name, state.get("score"))
    return state
