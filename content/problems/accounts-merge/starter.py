def accountsMerge(accounts):
    # Return one [name, *sorted_emails] list per person, in any order.
    return []
