from torch.func import jacrev


def step_sensitivity(model, seq):
    """|d warp / d x_t| summed over features, for one sequence."""
    model.train()  # keep the same mode as training; jacrev does not care anyway

    def predict(s):
        return model(s.unsqueeze(0)).squeeze(0)

    jac = jacrev(predict)(seq)  # TM002-here
    return jac.abs().sum(-1)
