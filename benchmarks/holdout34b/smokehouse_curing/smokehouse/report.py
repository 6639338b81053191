from torch.func import jacrev


def input_jacobian(model, one_log):
    return jacrev(lambda s: model(s.unsqueeze(0)).squeeze(0))(one_log)
