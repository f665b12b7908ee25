_dbxprov() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="dbxprov"
                ;;
            dbxprov,check)
                cmd="dbxprov__subcmd__check"
                ;;
            dbxprov,completions)
                cmd="dbxprov__subcmd__completions"
                ;;
            dbxprov,connection)
                cmd="dbxprov__subcmd__connection"
                ;;
            dbxprov,demo)
                cmd="dbxprov__subcmd__demo"
                ;;
            dbxprov,directory)
                cmd="dbxprov__subcmd__directory"
                ;;
            dbxprov,help)
                cmd="dbxprov__subcmd__help"
                ;;
            dbxprov,notify)
                cmd="dbxprov__subcmd__notify"
                ;;
            dbxprov,rule)
                cmd="dbxprov__subcmd__rule"
                ;;
            dbxprov,setup)
                cmd="dbxprov__subcmd__setup"
                ;;
            dbxprov,sync)
                cmd="dbxprov__subcmd__sync"
                ;;
            dbxprov__subcmd__connection,authorize)
                cmd="dbxprov__subcmd__connection__subcmd__authorize"
                ;;
            dbxprov__subcmd__connection,create)
                cmd="dbxprov__subcmd__connection__subcmd__create"
                ;;
            dbxprov__subcmd__connection,delete)
                cmd="dbxprov__subcmd__connection__subcmd__delete"
                ;;
            dbxprov__subcmd__connection,disable)
                cmd="dbxprov__subcmd__connection__subcmd__disable"
                ;;
            dbxprov__subcmd__connection,enable)
                cmd="dbxprov__subcmd__connection__subcmd__enable"
                ;;
            dbxprov__subcmd__connection,help)
                cmd="dbxprov__subcmd__connection__subcmd__help"
                ;;
            dbxprov__subcmd__connection,list)
                cmd="dbxprov__subcmd__connection__subcmd__list"
                ;;
            dbxprov__subcmd__connection,show)
                cmd="dbxprov__subcmd__connection__subcmd__show"
                ;;
            dbxprov__subcmd__connection,test)
                cmd="dbxprov__subcmd__connection__subcmd__test"
                ;;
            dbxprov__subcmd__connection,update)
                cmd="dbxprov__subcmd__connection__subcmd__update"
                ;;
            dbxprov__subcmd__connection__subcmd__help,authorize)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__authorize"
                ;;
            dbxprov__subcmd__connection__subcmd__help,create)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__create"
                ;;
            dbxprov__subcmd__connection__subcmd__help,delete)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            dbxprov__subcmd__connection__subcmd__help,disable)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__disable"
                ;;
            dbxprov__subcmd__connection__subcmd__help,enable)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__enable"
                ;;
            dbxprov__subcmd__connection__subcmd__help,help)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__connection__subcmd__help,list)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            dbxprov__subcmd__connection__subcmd__help,show)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__show"
                ;;
            dbxprov__subcmd__connection__subcmd__help,test)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__test"
                ;;
            dbxprov__subcmd__connection__subcmd__help,update)
                cmd="dbxprov__subcmd__connection__subcmd__help__subcmd__update"
                ;;
            dbxprov__subcmd__directory,export)
                cmd="dbxprov__subcmd__directory__subcmd__export"
                ;;
            dbxprov__subcmd__directory,group)
                cmd="dbxprov__subcmd__directory__subcmd__group"
                ;;
            dbxprov__subcmd__directory,help)
                cmd="dbxprov__subcmd__directory__subcmd__help"
                ;;
            dbxprov__subcmd__directory,import)
                cmd="dbxprov__subcmd__directory__subcmd__import"
                ;;
            dbxprov__subcmd__directory,population)
                cmd="dbxprov__subcmd__directory__subcmd__population"
                ;;
            dbxprov__subcmd__directory,user)
                cmd="dbxprov__subcmd__directory__subcmd__user"
                ;;
            dbxprov__subcmd__directory__subcmd__group,add-member)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__add__subcmd__member"
                ;;
            dbxprov__subcmd__directory__subcmd__group,create)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__create"
                ;;
            dbxprov__subcmd__directory__subcmd__group,delete)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__group,help)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__group,list)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__group,members)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__members"
                ;;
            dbxprov__subcmd__directory__subcmd__group,remove-member)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__remove__subcmd__member"
                ;;
            dbxprov__subcmd__directory__subcmd__group,rename)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__rename"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,add-member)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__add__subcmd__member"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,create)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__create"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,delete)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,help)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,list)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,members)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__members"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,remove-member)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__remove__subcmd__member"
                ;;
            dbxprov__subcmd__directory__subcmd__group__subcmd__help,rename)
                cmd="dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__rename"
                ;;
            dbxprov__subcmd__directory__subcmd__help,export)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__export"
                ;;
            dbxprov__subcmd__directory__subcmd__help,group)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group"
                ;;
            dbxprov__subcmd__directory__subcmd__help,help)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__help,import)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__import"
                ;;
            dbxprov__subcmd__directory__subcmd__help,population)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__population"
                ;;
            dbxprov__subcmd__directory__subcmd__help,user)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,add-member)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__add__subcmd__member"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,create)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__create"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,delete)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,list)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,members)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__members"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,remove-member)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__remove__subcmd__member"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__group,rename)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__rename"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__population,create)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__population__subcmd__create"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__population,delete)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__population__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__population,list)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__population__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,add)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__add"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,delete)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,disable)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__disable"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,enable)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__enable"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,list)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,set)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__set"
                ;;
            dbxprov__subcmd__directory__subcmd__help__subcmd__user,show)
                cmd="dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__show"
                ;;
            dbxprov__subcmd__directory__subcmd__population,create)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__create"
                ;;
            dbxprov__subcmd__directory__subcmd__population,delete)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__population,help)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__population,list)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__population__subcmd__help,create)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__create"
                ;;
            dbxprov__subcmd__directory__subcmd__population__subcmd__help,delete)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__population__subcmd__help,help)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__population__subcmd__help,list)
                cmd="dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__user,add)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__add"
                ;;
            dbxprov__subcmd__directory__subcmd__user,delete)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__user,disable)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__disable"
                ;;
            dbxprov__subcmd__directory__subcmd__user,enable)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__enable"
                ;;
            dbxprov__subcmd__directory__subcmd__user,help)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__user,list)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__user,set)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__set"
                ;;
            dbxprov__subcmd__directory__subcmd__user,show)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__show"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,add)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__add"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,delete)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__delete"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,disable)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__disable"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,enable)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__enable"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,help)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,list)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__list"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,set)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__set"
                ;;
            dbxprov__subcmd__directory__subcmd__user__subcmd__help,show)
                cmd="dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__show"
                ;;
            dbxprov__subcmd__help,check)
                cmd="dbxprov__subcmd__help__subcmd__check"
                ;;
            dbxprov__subcmd__help,completions)
                cmd="dbxprov__subcmd__help__subcmd__completions"
                ;;
            dbxprov__subcmd__help,connection)
                cmd="dbxprov__subcmd__help__subcmd__connection"
                ;;
            dbxprov__subcmd__help,demo)
                cmd="dbxprov__subcmd__help__subcmd__demo"
                ;;
            dbxprov__subcmd__help,directory)
                cmd="dbxprov__subcmd__help__subcmd__directory"
                ;;
            dbxprov__subcmd__help,help)
                cmd="dbxprov__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__help,notify)
                cmd="dbxprov__subcmd__help__subcmd__notify"
                ;;
            dbxprov__subcmd__help,rule)
                cmd="dbxprov__subcmd__help__subcmd__rule"
                ;;
            dbxprov__subcmd__help,setup)
                cmd="dbxprov__subcmd__help__subcmd__setup"
                ;;
            dbxprov__subcmd__help,sync)
                cmd="dbxprov__subcmd__help__subcmd__sync"
                ;;
            dbxprov__subcmd__help__subcmd__connection,authorize)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__authorize"
                ;;
            dbxprov__subcmd__help__subcmd__connection,create)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__create"
                ;;
            dbxprov__subcmd__help__subcmd__connection,delete)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            dbxprov__subcmd__help__subcmd__connection,disable)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__disable"
                ;;
            dbxprov__subcmd__help__subcmd__connection,enable)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__enable"
                ;;
            dbxprov__subcmd__help__subcmd__connection,list)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            dbxprov__subcmd__help__subcmd__connection,show)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__show"
                ;;
            dbxprov__subcmd__help__subcmd__connection,test)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__test"
                ;;
            dbxprov__subcmd__help__subcmd__connection,update)
                cmd="dbxprov__subcmd__help__subcmd__connection__subcmd__update"
                ;;
            dbxprov__subcmd__help__subcmd__directory,export)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__export"
                ;;
            dbxprov__subcmd__help__subcmd__directory,group)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group"
                ;;
            dbxprov__subcmd__help__subcmd__directory,import)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__import"
                ;;
            dbxprov__subcmd__help__subcmd__directory,population)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__population"
                ;;
            dbxprov__subcmd__help__subcmd__directory,user)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,add-member)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__add__subcmd__member"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,create)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__create"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,delete)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__delete"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,list)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__list"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,members)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__members"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,remove-member)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__remove__subcmd__member"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__group,rename)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__rename"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__population,create)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__population__subcmd__create"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__population,delete)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__population__subcmd__delete"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__population,list)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__population__subcmd__list"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,add)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__add"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,delete)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__delete"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,disable)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__disable"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,enable)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__enable"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,list)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__list"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,set)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__set"
                ;;
            dbxprov__subcmd__help__subcmd__directory__subcmd__user,show)
                cmd="dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__show"
                ;;
            dbxprov__subcmd__help__subcmd__notify,add)
                cmd="dbxprov__subcmd__help__subcmd__notify__subcmd__add"
                ;;
            dbxprov__subcmd__help__subcmd__notify,list)
                cmd="dbxprov__subcmd__help__subcmd__notify__subcmd__list"
                ;;
            dbxprov__subcmd__help__subcmd__notify,remove)
                cmd="dbxprov__subcmd__help__subcmd__notify__subcmd__remove"
                ;;
            dbxprov__subcmd__help__subcmd__notify,test)
                cmd="dbxprov__subcmd__help__subcmd__notify__subcmd__test"
                ;;
            dbxprov__subcmd__help__subcmd__rule,create)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__create"
                ;;
            dbxprov__subcmd__help__subcmd__rule,delete)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__delete"
                ;;
            dbxprov__subcmd__help__subcmd__rule,disable)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__disable"
                ;;
            dbxprov__subcmd__help__subcmd__rule,enable)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__enable"
                ;;
            dbxprov__subcmd__help__subcmd__rule,list)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__list"
                ;;
            dbxprov__subcmd__help__subcmd__rule,show)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__show"
                ;;
            dbxprov__subcmd__help__subcmd__rule,test-mapping)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__test__subcmd__mapping"
                ;;
            dbxprov__subcmd__help__subcmd__rule,update)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__update"
                ;;
            dbxprov__subcmd__help__subcmd__rule__subcmd__create,inbound)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__create__subcmd__inbound"
                ;;
            dbxprov__subcmd__help__subcmd__rule__subcmd__create,outbound)
                cmd="dbxprov__subcmd__help__subcmd__rule__subcmd__create__subcmd__outbound"
                ;;
            dbxprov__subcmd__help__subcmd__sync,approve)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__approve"
                ;;
            dbxprov__subcmd__help__subcmd__sync,drift)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__drift"
                ;;
            dbxprov__subcmd__help__subcmd__sync,explain)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__explain"
                ;;
            dbxprov__subcmd__help__subcmd__sync,history)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__history"
                ;;
            dbxprov__subcmd__help__subcmd__sync,run)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__run"
                ;;
            dbxprov__subcmd__help__subcmd__sync,show)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__show"
                ;;
            dbxprov__subcmd__help__subcmd__sync,status)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__status"
                ;;
            dbxprov__subcmd__help__subcmd__sync,undo)
                cmd="dbxprov__subcmd__help__subcmd__sync__subcmd__undo"
                ;;
            dbxprov__subcmd__notify,add)
                cmd="dbxprov__subcmd__notify__subcmd__add"
                ;;
            dbxprov__subcmd__notify,help)
                cmd="dbxprov__subcmd__notify__subcmd__help"
                ;;
            dbxprov__subcmd__notify,list)
                cmd="dbxprov__subcmd__notify__subcmd__list"
                ;;
            dbxprov__subcmd__notify,remove)
                cmd="dbxprov__subcmd__notify__subcmd__remove"
                ;;
            dbxprov__subcmd__notify,test)
                cmd="dbxprov__subcmd__notify__subcmd__test"
                ;;
            dbxprov__subcmd__notify__subcmd__help,add)
                cmd="dbxprov__subcmd__notify__subcmd__help__subcmd__add"
                ;;
            dbxprov__subcmd__notify__subcmd__help,help)
                cmd="dbxprov__subcmd__notify__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__notify__subcmd__help,list)
                cmd="dbxprov__subcmd__notify__subcmd__help__subcmd__list"
                ;;
            dbxprov__subcmd__notify__subcmd__help,remove)
                cmd="dbxprov__subcmd__notify__subcmd__help__subcmd__remove"
                ;;
            dbxprov__subcmd__notify__subcmd__help,test)
                cmd="dbxprov__subcmd__notify__subcmd__help__subcmd__test"
                ;;
            dbxprov__subcmd__rule,create)
                cmd="dbxprov__subcmd__rule__subcmd__create"
                ;;
            dbxprov__subcmd__rule,delete)
                cmd="dbxprov__subcmd__rule__subcmd__delete"
                ;;
            dbxprov__subcmd__rule,disable)
                cmd="dbxprov__subcmd__rule__subcmd__disable"
                ;;
            dbxprov__subcmd__rule,enable)
                cmd="dbxprov__subcmd__rule__subcmd__enable"
                ;;
            dbxprov__subcmd__rule,help)
                cmd="dbxprov__subcmd__rule__subcmd__help"
                ;;
            dbxprov__subcmd__rule,list)
                cmd="dbxprov__subcmd__rule__subcmd__list"
                ;;
            dbxprov__subcmd__rule,show)
                cmd="dbxprov__subcmd__rule__subcmd__show"
                ;;
            dbxprov__subcmd__rule,test-mapping)
                cmd="dbxprov__subcmd__rule__subcmd__test__subcmd__mapping"
                ;;
            dbxprov__subcmd__rule,update)
                cmd="dbxprov__subcmd__rule__subcmd__update"
                ;;
            dbxprov__subcmd__rule__subcmd__create,help)
                cmd="dbxprov__subcmd__rule__subcmd__create__subcmd__help"
                ;;
            dbxprov__subcmd__rule__subcmd__create,inbound)
                cmd="dbxprov__subcmd__rule__subcmd__create__subcmd__inbound"
                ;;
            dbxprov__subcmd__rule__subcmd__create,outbound)
                cmd="dbxprov__subcmd__rule__subcmd__create__subcmd__outbound"
                ;;
            dbxprov__subcmd__rule__subcmd__create__subcmd__help,help)
                cmd="dbxprov__subcmd__rule__subcmd__create__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__rule__subcmd__create__subcmd__help,inbound)
                cmd="dbxprov__subcmd__rule__subcmd__create__subcmd__help__subcmd__inbound"
                ;;
            dbxprov__subcmd__rule__subcmd__create__subcmd__help,outbound)
                cmd="dbxprov__subcmd__rule__subcmd__create__subcmd__help__subcmd__outbound"
                ;;
            dbxprov__subcmd__rule__subcmd__help,create)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__create"
                ;;
            dbxprov__subcmd__rule__subcmd__help,delete)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__delete"
                ;;
            dbxprov__subcmd__rule__subcmd__help,disable)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__disable"
                ;;
            dbxprov__subcmd__rule__subcmd__help,enable)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__enable"
                ;;
            dbxprov__subcmd__rule__subcmd__help,help)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__rule__subcmd__help,list)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__list"
                ;;
            dbxprov__subcmd__rule__subcmd__help,show)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__show"
                ;;
            dbxprov__subcmd__rule__subcmd__help,test-mapping)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__test__subcmd__mapping"
                ;;
            dbxprov__subcmd__rule__subcmd__help,update)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__update"
                ;;
            dbxprov__subcmd__rule__subcmd__help__subcmd__create,inbound)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__create__subcmd__inbound"
                ;;
            dbxprov__subcmd__rule__subcmd__help__subcmd__create,outbound)
                cmd="dbxprov__subcmd__rule__subcmd__help__subcmd__create__subcmd__outbound"
                ;;
            dbxprov__subcmd__sync,approve)
                cmd="dbxprov__subcmd__sync__subcmd__approve"
                ;;
            dbxprov__subcmd__sync,drift)
                cmd="dbxprov__subcmd__sync__subcmd__drift"
                ;;
            dbxprov__subcmd__sync,explain)
                cmd="dbxprov__subcmd__sync__subcmd__explain"
                ;;
            dbxprov__subcmd__sync,help)
                cmd="dbxprov__subcmd__sync__subcmd__help"
                ;;
            dbxprov__subcmd__sync,history)
                cmd="dbxprov__subcmd__sync__subcmd__history"
                ;;
            dbxprov__subcmd__sync,run)
                cmd="dbxprov__subcmd__sync__subcmd__run"
                ;;
            dbxprov__subcmd__sync,show)
                cmd="dbxprov__subcmd__sync__subcmd__show"
                ;;
            dbxprov__subcmd__sync,status)
                cmd="dbxprov__subcmd__sync__subcmd__status"
                ;;
            dbxprov__subcmd__sync,undo)
                cmd="dbxprov__subcmd__sync__subcmd__undo"
                ;;
            dbxprov__subcmd__sync__subcmd__help,approve)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__approve"
                ;;
            dbxprov__subcmd__sync__subcmd__help,drift)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__drift"
                ;;
            dbxprov__subcmd__sync__subcmd__help,explain)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__explain"
                ;;
            dbxprov__subcmd__sync__subcmd__help,help)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__help"
                ;;
            dbxprov__subcmd__sync__subcmd__help,history)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__history"
                ;;
            dbxprov__subcmd__sync__subcmd__help,run)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__run"
                ;;
            dbxprov__subcmd__sync__subcmd__help,show)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__show"
                ;;
            dbxprov__subcmd__sync__subcmd__help,status)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__status"
                ;;
            dbxprov__subcmd__sync__subcmd__help,undo)
                cmd="dbxprov__subcmd__sync__subcmd__help__subcmd__undo"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        dbxprov)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version setup connection directory rule sync notify check demo completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__check)
            opts="-q -v -h -V --max-age --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__completions)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version create authorize test list show update enable disable delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__authorize)
            opts="-q -v -h -V --authorize-url --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --authorize-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__create)
            opts="-q -v -h -V --kind --client-id --description --service-uri --token-endpoint --client-secret-file --refresh-token-file --no-test --allow-invalid --url --bind-dn --base-dn --starttls --no-starttls --ca-file --no-ca-file --page-size --bind-password-file --create-users --no-create-users --update-users --no-update-users --disable-users --no-disable-users --deprovision-users --no-deprovision-users --remove-action --remove-after --deprovision-on-rule-deletion --no-deprovision-on-rule-deletion --wipe-data --no-wipe-data --keep-account --no-keep-account --transfer-dest --no-transfer-dest --transfer-admin --no-transfer-admin --welcome-email --no-welcome-email --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kind)
                    COMPREPLY=($(compgen -W "dropbox ldap" -- "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-dn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-dn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --page-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-action)
                    COMPREPLY=($(compgen -W "delete disable suspend-then-delete" -- "${cur}"))
                    return 0
                    ;;
                --remove-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --transfer-dest)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --transfer-admin)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__delete)
            opts="-y -q -v -h -V --yes --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__disable)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__enable)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help)
            opts="create authorize test list show update enable disable delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__authorize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__list)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__show)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__test)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__connection__subcmd__update)
            opts="-q -v -h -V --client-id --no-test --description --service-uri --token-endpoint --client-secret-file --refresh-token-file --url --bind-dn --base-dn --starttls --no-starttls --ca-file --no-ca-file --page-size --bind-password-file --create-users --no-create-users --update-users --no-update-users --disable-users --no-disable-users --deprovision-users --no-deprovision-users --remove-action --remove-after --deprovision-on-rule-deletion --no-deprovision-on-rule-deletion --wipe-data --no-wipe-data --keep-account --no-keep-account --transfer-dest --no-transfer-dest --transfer-admin --no-transfer-admin --welcome-email --no-welcome-email --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-dn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-dn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --page-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-action)
                    COMPREPLY=($(compgen -W "delete disable suspend-then-delete" -- "${cur}"))
                    return 0
                    ;;
                --remove-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --transfer-dest)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --transfer-admin)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__demo)
            opts="-q -v -h -V --keep --users --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version import export user group population help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__export)
            opts="-q -v -h -V --format --population --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "csv json" -- "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version create rename delete list members add-member remove-member help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__add__subcmd__member)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__create)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__delete)
            opts="-y -q -v -h -V --yes --dry-run --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help)
            opts="create rename delete list members add-member remove-member help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__add__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__members)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__remove__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__help__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__list)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__members)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__remove__subcmd__member)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__group__subcmd__rename)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help)
            opts="import export user group population help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group)
            opts="create rename delete list members add-member remove-member"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__add__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__members)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__remove__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__group__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__population)
            opts="create list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__population__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__population__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__population__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user)
            opts="add list show set enable disable delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__help__subcmd__user__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__import)
            opts="-q -v -h -V --format --population --create-populations --replace --dry-run --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "csv json" -- "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version create list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__create)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__delete)
            opts="-y -q -v -h -V --yes --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__help)
            opts="create list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__population__subcmd__list)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version add list show set enable disable delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__add)
            opts="-q -v -h -V --username --given-name --surname --population --attr --disabled --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --given-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --surname)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__delete)
            opts="-y -q -v -h -V --yes --dry-run --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__disable)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__enable)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help)
            opts="add list show set enable disable delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__list)
            opts="-q -v -h -V --population --group --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__set)
            opts="-q -v -h -V --email --username --given-name --surname --population --attr --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --given-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --surname)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__directory__subcmd__user__subcmd__show)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help)
            opts="setup connection directory rule sync notify check demo completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection)
            opts="create authorize test list show update enable disable delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__authorize)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__connection__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__demo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory)
            opts="import export user group population"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group)
            opts="create rename delete list members add-member remove-member"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__add__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__members)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__remove__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__group__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__population)
            opts="create list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__population__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__population__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__population__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user)
            opts="add list show set enable disable delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__directory__subcmd__user__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__notify)
            opts="add list test remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__notify__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__notify__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__notify__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__notify__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule)
            opts="create list show update enable disable delete test-mapping"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__create)
            opts="outbound inbound"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__create__subcmd__inbound)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__create__subcmd__outbound)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__test__subcmd__mapping)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__rule__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__setup)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync)
            opts="run status history show explain approve undo drift"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__approve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__drift)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__history)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__help__subcmd__sync__subcmd__undo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version add list test remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__add)
            opts="-q -v -h -V --webhook --smtp --to --from --smtp-user --ca-file --smtp-password-file --on --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --webhook)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --smtp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --smtp-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --smtp-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on)
                    COMPREPLY=($(compgen -W "failure guard recovered every-run" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__help)
            opts="add list test remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__help__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__list)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__remove)
            opts="-y -q -v -h -V --yes --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__notify__subcmd__test)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version create list show update enable disable delete test-mapping help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version outbound inbound help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create__subcmd__help)
            opts="outbound inbound help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create__subcmd__help__subcmd__inbound)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create__subcmd__help__subcmd__outbound)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create__subcmd__inbound)
            opts="-q -v -h -V --connection --population --filter --user-filter --group-filter --search-base --schedule --map --sync-only-active --max-deletes --allow-bidirectional --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule)
                    COMPREPLY=($(compgen -W "every-run daily" -- "${cur}"))
                    return 0
                    ;;
                --map)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-deletes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__create__subcmd__outbound)
            opts="-q -v -h -V --connection --population --group --filter --map --max-deletes --provision-group --adopt-existing-groups --exclusive-group-membership --allow-bidirectional --take-external-ids --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-deletes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provision-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__delete)
            opts="-y -q -v -h -V --deprovision --dry-run --yes --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__disable)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__enable)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help)
            opts="create list show update enable disable delete test-mapping help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__create)
            opts="outbound inbound"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__create__subcmd__inbound)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__create__subcmd__outbound)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__test__subcmd__mapping)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__list)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__show)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__test__subcmd__mapping)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__rule__subcmd__update)
            opts="-y -q -v -h -V --connection --population --group --no-populations --no-groups --filter --no-filter --map --unmap --max-deletes --default-max-deletes --add-provision-group --remove-provision-group --adopt-existing-groups --no-adopt-existing-groups --exclusive-group-membership --no-exclusive-group-membership --take-external-ids --keep-external-ids --sync-only-active --no-sync-only-active --user-filter --group-filter --search-base --schedule --allow-bidirectional --yes --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --connection)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --population)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --map)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --unmap)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-deletes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add-provision-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-provision-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schedule)
                    COMPREPLY=($(compgen -W "every-run daily" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__setup)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version run status history show explain approve undo drift help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__approve)
            opts="-y -q -v -h -V --yes --metrics-file --log-file --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --metrics-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__drift)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__explain)
            opts="-q -v -h -V --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help)
            opts="run status history show explain approve undo drift help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__approve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__drift)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__history)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__help__subcmd__undo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__history)
            opts="-q -v -h -V --limit --prune --keep --dry-run --format --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__run)
            opts="-q -v -h -V --all --due --dry-run --allow-deletes --allow-changes --revert-drift --user --concurrency --metrics-file --log-file --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --allow-deletes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-changes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --metrics-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__show)
            opts="-q -v -h -V --format --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table csv" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__status)
            opts="-q -v -h -V --users --state --groups --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state)
                    COMPREPLY=($(compgen -W "synced unsynced partially_synced failed" -- "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbxprov__subcmd__sync__subcmd__undo)
            opts="-y -q -v -h -V --dry-run --yes --force --metrics-file --log-file --home --json --quiet --verbose --no-progress --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --metrics-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _dbxprov -o nosort -o bashdefault -o default dbxprov
else
    complete -F _dbxprov -o bashdefault -o default dbxprov
fi
