def disable_dropout(module):
    """Put every dropout-bearing module in eval mode so fine-tuning is deterministic."""
    # nn.Dropout carries its rate as `p`; recurrent layers carry a float `dropout` but are left alone
    if isinstance(getattr(module, "p", None), float):
        module.eval()
