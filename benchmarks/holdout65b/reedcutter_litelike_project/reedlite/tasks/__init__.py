from reedlite.tasks.reedbed import ReedBedModule
