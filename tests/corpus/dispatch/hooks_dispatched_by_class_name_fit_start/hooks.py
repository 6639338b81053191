def dispatch(hooks, moment, loop):
    """Run the hooks registered for `moment`: each hook class names its moment in `when`."""
    for hook in hooks:
        if hook.when == moment:
            hook(loop)
